using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;

namespace Ngp.Contents.Fields;

/// <summary>A kind of field an administrator can add to a type; it checks and cleans a submitted value.</summary>
public interface IContentFieldType
{
    string Type { get; }

    /// <summary>French name shown in the content types admin.</summary>
    string DisplayName { get; }

    /// <summary>The cleaned value (null when empty); French problems are added to <paramref name="errors"/>.</summary>
    JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors);

    /// <summary>Whether a field of this kind holds personal data unless its definition says otherwise (<see cref="ContentFieldDefinition.Private"/>).</summary>
    bool PrivateByDefault => false;

    /// <summary>What a public value of a field of this kind gives the search index (text by default: nothing).</summary>
    void Index(FieldView field, ContentIndexContext context)
    {
    }
}
