using Ngp.Contents.Items;

namespace Ngp.Print.Posters;

/// <summary>
/// What a module puts on the hall poster of its items (a meeting's date and place, a synthesis's decisions): the
/// poster route and the admin's « Imprimer l'affiche » know a type only through this. Register it as scoped.
/// </summary>
public interface IPosterContent
{
    /// <summary>The content type whose published items get a poster (<c>Meeting</c>).</summary>
    string ContentType { get; }

    Task<PosterFacts> ReadAsync(ContentItemVersion published, CancellationToken ct);
}
