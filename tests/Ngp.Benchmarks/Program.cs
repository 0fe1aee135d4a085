using Ngp.Benchmarks;
using Ngp.Benchmarks.Infrastructure;

if (args.Length > 0 && args[0] == BareServer.Mode)
{
    await BareServer.RunAsync(args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == Ngp.Benchmarks.Scenarios.OpenDataScenario.ChildMode)
{
    await Ngp.Benchmarks.Scenarios.OpenDataScenario.RunChildAsync(args[1..]);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(ScenarioCatalog.Usage());
    return 2;
}

if (options.Scenarios.Count == 0 || options.Help)
{
    Console.WriteLine(ScenarioCatalog.Usage());
    return options.Help ? 0 : 2;
}

return await BenchRunner.RunAsync(options);
