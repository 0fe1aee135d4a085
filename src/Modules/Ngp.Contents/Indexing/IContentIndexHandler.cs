namespace Ngp.Contents.Indexing;

/// <summary>
/// What a module adds to the index of the items it gives meaning to, beyond what each part and field indexes of
/// itself (<see cref="Parts.IContentPart.Index"/>, <see cref="Fields.IContentFieldType.Index"/>): the good practices
/// module says which field holds a practice's themes and whether it is shared with every agency.
/// </summary>
public interface IContentIndexHandler
{
    void Index(ContentIndexContext context);
}
