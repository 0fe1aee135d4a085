using Ngp.Contents.Display;

namespace Ngp.News;

/// <summary>A news item in a list, with the level of its heading (h2 in the list, h3 on the home page).</summary>
public sealed record NewsCard(ContentView Item, int HeadingLevel);
