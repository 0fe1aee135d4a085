using Ngp.Web;

var app = NgpHost.Build(args);
await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
