using System.Text.Json;

namespace Ngp.Core.Web;

/// <summary>A JSON string holding a control character <see cref="TextInput"/> excludes; the exception's path names the field.</summary>
public sealed class ControlCharacterException() : JsonException("A string holds a control character.");
