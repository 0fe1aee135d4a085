namespace Ngp.Core.OpenData;

/// <summary>A column of a dataset: its name in the header (French, lower case, <c>date_de_publication</c>), what it holds in French, and its type.</summary>
public sealed record OpenDataColumn(string Name, string Description, OpenDataType Type = OpenDataType.Text);
