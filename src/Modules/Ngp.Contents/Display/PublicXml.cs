using Ngp.Core.Web;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Ngp.Contents.Display;

/// <summary>Helpers of the public XML documents (sitemap, feeds): absolute addresses of the tenant, clean text, UTF-8 answers.</summary>
public static class PublicXml
{
    /// <summary>The tenant's public root, ending with a slash: never the Host header of whoever asked first (the answer is cached).</summary>
    public static string BaseUrl(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<SiteLinks>().Root;

    /// <summary>Text without the characters XML cannot carry (control characters typed or pasted by someone).</summary>
    public static string Clean(string? text) =>
        string.IsNullOrEmpty(text) || text.All(XmlConvert.IsXmlChar) ? text ?? "" : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    public static XmlWriterSettings WriterSettings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        Async = false,
    };

    /// <summary>Writes a document into memory and answers it with its content type.</summary>
    public static IResult Answer(string contentType, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            write(writer);
        }
        return Results.Bytes(stream.ToArray(), contentType);
    }
}
