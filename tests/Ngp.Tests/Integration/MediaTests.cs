using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Media;
using Ngp.Tests.Harness;
using SkiaSharp;

namespace Ngp.Tests.Integration;

public abstract class MediaTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private Task<HttpClient> EditorAsync(Agency agency) => factory.TokenClientAsync(agency.PathBase, "redaction@ngp.local", NgpFactory.AdminPassword);

    private static async Task<JsonElement> UploadedAsync(HttpClient client, byte[] bytes, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var response = await MediaSamples.UploadAsync(client, bytes, fileName, contentType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string> RefusalAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!;
    }

    [SkippableTheory]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public async Task Upload_Image_IsStoredWithVariantsServedWithItsType(SKEncodedImageFormat format, string contentType)
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await EditorAsync(agency);

        var image = await UploadedAsync(editor, MediaSamples.Image(format, 2000, 1000), "ma-photo.bin", "application/octet-stream");

        Assert.Equal(2000, image.GetProperty("width").GetInt32());
        Assert.Equal(1000, image.GetProperty("height").GetInt32());
        var variants = image.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal([480, 960, 1600], variants.Select(v => v.GetProperty("width").GetInt32()));
        Assert.Equal([240, 480, 800], variants.Select(v => v.GetProperty("height").GetInt32()));
        var urls = variants.Select(v => v.GetProperty("url").GetString()!).Prepend(image.GetProperty("url").GetString()!).ToList();
        Assert.All(urls, u => Assert.StartsWith(agency.PathBase + "/media/", u));
        foreach (var (url, width) in urls.Zip(new[] { 2000, 480, 960, 1600 }))
        {
            var served = await agency.Client().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(contentType, served.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(served.Headers.CacheControl is { Public: true } cache && cache.MaxAge >= TimeSpan.FromDays(30), served.Headers.CacheControl?.ToString());
            using var bitmap = MediaSamples.Decode(await served.Content.ReadAsByteArrayAsync());
            Assert.Equal(width, bitmap.Width);
        }
    }

    [SkippableFact]
    public async Task Upload_SmallImage_IsNeverEnlarged()
    {
        var agency = await factory.CreateAgencyAsync();
        var agent = await factory.TokenClientAsync(agency.PathBase, "agent@ngp.local", NgpFactory.AdminPassword);

        var image = await UploadedAsync(agent, MediaSamples.Image(SKEncodedImageFormat.Png, 700, 350), "plan.png", "image/png");

        Assert.Equal(700, image.GetProperty("width").GetInt32());
        Assert.Equal([480], image.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("width").GetInt32()));
    }

    [SkippableTheory]
    [InlineData("windows")]
    [InlineData("linux")]
    [InlineData("text")]
    public async Task Upload_FileThatIsNotAnImage_IsRefusedWhateverItsNameAndStoresNothing(string kind)
    {
        var agency = await factory.CreateAgencyAsync();
        var bytes = kind switch
        {
            "windows" => MediaSamples.WindowsExecutable(),
            "linux" => MediaSamples.LinuxExecutable(),
            _ => MediaSamples.Text(),
        };

        var response = await MediaSamples.UploadAsync(await EditorAsync(agency), bytes, "photo.jpg", "image/jpeg");

        Assert.Contains("n'est pas une image JPEG, PNG ou WebP", await RefusalAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
    }

    [SkippableFact]
    public async Task Upload_TruncatedJpeg_IsRefusedAsDamaged()
    {
        var agency = await factory.CreateAgencyAsync();
        var jpeg = MediaSamples.Image(SKEncodedImageFormat.Jpeg, 800, 600);

        var response = await MediaSamples.UploadAsync(await EditorAsync(agency), jpeg[..(jpeg.Length / 2)], "photo.jpg", "image/jpeg");

        Assert.Contains("endommagée", await RefusalAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
    }

    [SkippableFact]
    public async Task Upload_TinyPngAnnouncingHugeDimensions_IsRefusedBeforeDecoding()
    {
        var agency = await factory.CreateAgencyAsync();
        var bomb = MediaSamples.PngAnnouncing(30_000);
        Assert.True(bomb.Length < 100_000);

        var response = await MediaSamples.UploadAsync(await EditorAsync(agency), bomb, "plan.png", "image/png");

        Assert.Contains("40 mégapixels au maximum", await RefusalAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
    }

    [SkippableFact]
    public async Task Upload_PhonePhotoWithExif_ComesBackUprightWithoutGpsOrOtherMetadata()
    {
        var agency = await factory.CreateAgencyAsync();
        const string marker = "NGP-POSITION-45.1885N-5.7245E";
        var photo = MediaSamples.JpegWithExif(400, 200, marker);
        Assert.Contains(marker, Encoding.ASCII.GetString(photo));

        var image = await UploadedAsync(await EditorAsync(agency), photo);
        var stored = await agency.Client().GetByteArrayAsync(image.GetProperty("url").GetString());

        var text = Encoding.ASCII.GetString(stored);
        Assert.DoesNotContain("Exif", text);
        Assert.DoesNotContain(marker, text);
        using var codec = SKCodec.Create(new SKMemoryStream(stored));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        // Orientation 6 turns the 400 × 200 picture a quarter clockwise: its red left half is now on top.
        using var bitmap = MediaSamples.Decode(stored);
        Assert.Equal((200, 400), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.GetPixel(100, 50).Red > 200 && bitmap.GetPixel(100, 50).Blue < 60, bitmap.GetPixel(100, 50).ToString());
        Assert.True(bitmap.GetPixel(100, 350).Blue > 200 && bitmap.GetPixel(100, 350).Red < 60, bitmap.GetPixel(100, 350).ToString());
    }

    [SkippableFact]
    public async Task Get_PathsOutsideTheExpectedPattern_AnswerNotFound()
    {
        var agency = await factory.CreateAgencyAsync();
        var image = await UploadedAsync(await EditorAsync(agency), MediaSamples.Image(SKEncodedImageFormat.Jpeg, 600, 400));
        var url = image.GetProperty("url").GetString()!;
        var folder = url[..url.LastIndexOf('/')];
        var id = image.GetProperty("id").GetString()!;
        // A stray file beside the image, where the file store keeps it (the database store has no such folder: made here).
        Directory.CreateDirectory(Path.Combine(agency.Tenant.DataFolder, "media", id));
        File.WriteAllText(Path.Combine(agency.Tenant.DataFolder, "media", id, "notes.txt"), "pas une image");
        File.WriteAllText(Path.Combine(agency.Tenant.DataFolder, "secret.txt"), "secret");
        var client = agency.Client();
        var prefix = agency.PathBase;

        string[] attempts =
        [
            $"{prefix}/media/../secret.txt",
            $"{prefix}/media/../ngp.db",
            $"{prefix}/media/..%2Fsecret.txt",
            $"{prefix}/media/%2e%2e/secret.txt",
            $"{prefix}/media/%2E%2E%2F%2E%2E%2Fsecret.txt",
            $"{prefix}/media/..%5Csecret.txt",
            $"{folder}/../../../../secret.txt",
            $"{folder}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt",
            $"{prefix}/media//etc/passwd",
            $"{prefix}/media/%2Fetc%2Fpasswd",
            $"{prefix}/media/secret.txt",
            $"{folder}/notes.txt",
            $"{folder}/original.png",
            $"{folder}/original.JPG",
            $"{folder}/123.jpg",
            $"{folder}/original.jpg%00.png",
            $"{folder}/original.jpg/",
            $"{folder.ToUpperInvariant()}/original.jpg",
            $"{prefix}/media/{id}",
        ];
        foreach (var attempt in attempts)
        {
            var (status, body) = await MediaSamples.GetRawAsync(factory, attempt);
            Assert.True(status == HttpStatusCode.NotFound, $"{attempt} answered {(int)status}");
            Assert.DoesNotContain("secret", body);
            // The same path as an ordinary client sends it (dot segments removed, escapes kept); the server itself
            // refuses an escaped NUL before any application code, as Kestrel does.
            if (attempt.Contains("%00", StringComparison.Ordinal))
                continue;
            var response = await client.GetAsync(attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt} answered {(int)response.StatusCode} to HttpClient");
            Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.OK, (await MediaSamples.GetRawAsync(factory, url)).Status);
    }

    [SkippableFact]
    public async Task Get_ImageOfAgencyA_UnderAgencyBPrefix_IsNotFound()
    {
        var a = await factory.CreateAgencyAsync();
        var b = await factory.CreateAgencyAsync();
        var url = (await UploadedAsync(await EditorAsync(a), MediaSamples.Image(SKEncodedImageFormat.Png, 500, 500), "logo.png", "image/png")).GetProperty("url").GetString()!;

        var underB = await b.Client().GetAsync(b.PathBase + url[a.PathBase.Length..]);

        Assert.Equal(HttpStatusCode.NotFound, underB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.Client().GetAsync(url)).StatusCode);
    }

    [SkippableFact]
    public async Task Upload_ByResidentOrAnonymous_IsRefusedAndStoresNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var png = MediaSamples.Image(SKEncodedImageFormat.Png, 600, 400);

        var byResident = await MediaSamples.UploadAsync(resident.Api, png, "photo.png", "image/png");
        var anonymous = await MediaSamples.UploadAsync(agency.Client(), png, "photo.png", "image/png");

        Assert.Equal(HttpStatusCode.Forbidden, byResident.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
    }

    [SkippableFact]
    public async Task Upload_WithSiteCookie_NeedsTheSiteAntiforgeryToken()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = agency.Client(followRedirects: true);
        var login = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = "redaction@ngp.local", ["Input.Password"] = NgpFactory.AdminPassword });
        var page = await login.Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(page).QuerySelector("input[name=__ngp_csrf]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "No antiforgery token on the account page");
        var png = MediaSamples.Image(SKEncodedImageFormat.Png, 600, 400);

        var forged = await browser.PostAsync("api/v1/media", MediaSamples.Form(png, "photo.png", "image/png"));
        var fromTheSite = await browser.PostAsync("api/v1/media", MediaSamples.Form(png, "photo.png", "image/png", new Dictionary<string, string> { ["__ngp_csrf"] = token! }));

        Assert.Contains("jeton anti-falsification", await RefusalAsync(forged, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Created, fromTheSite.StatusCode);
        Assert.Equal(2, (await MediaSamples.StoredFilesAsync(agency)).Count);
    }

    [SkippableFact]
    public async Task MediaStore_FindById_GivesTheUrlsOfTheUpload()
    {
        var agency = await factory.CreateAgencyAsync();
        var uploaded = await UploadedAsync(await EditorAsync(agency), MediaSamples.Image(SKEncodedImageFormat.Webp, 1000, 500), "vue.webp", "image/webp");

        var found = await agency.InScopeAsync(sp => sp.GetRequiredService<IMediaStore>().FindAsync(uploaded.GetProperty("id").GetString()!, CancellationToken.None));
        var missing = await agency.InScopeAsync(sp => sp.GetRequiredService<IMediaStore>().FindAsync("2020/01/" + new string('0', 32), CancellationToken.None));

        Assert.NotNull(found);
        Assert.Equal(uploaded.GetProperty("url").GetString(), found.Url);
        Assert.Equal((1000, 500, "image/webp"), (found.Width, found.Height, found.ContentType));
        Assert.Equal(
            uploaded.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("url").GetString()),
            found.Variants.Select(v => v.Url));
        Assert.Null(missing);
    }
}

public sealed class MediaTestsOnSqlite(SqliteFactory factory) : MediaTests<SqliteFactory>(factory);

public sealed class MediaTestsOnPostgres(PostgresFactory factory) : MediaTests<PostgresFactory>(factory);

/// <summary>A site whose images may not exceed 100 Ko, to test the limit without large files.</summary>
public sealed class SmallMediaLimitFactory : SqliteFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings) => settings["Ngp:Media:MaxUploadBytes"] = (100 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class MediaLimitTests(SmallMediaLimitFactory factory) : IClassFixture<SmallMediaLimitFactory>
{
    private static byte[] LargePng()
    {
        // Noise does not compress: a 400 × 400 PNG of it weighs several hundred kilobytes.
        using var bitmap = new SKBitmap(400, 400);
        var random = new Random(42);
        for (var y = 0; y < 400; y++)
            for (var x = 0; x < 400; x++)
                bitmap.SetPixel(x, y, new SKColor((uint)random.Next() | 0xFF000000));
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedWithTheLimitAndStoresNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await factory.TokenClientAsync(agency.PathBase, "redaction@ngp.local", NgpFactory.AdminPassword);
        var png = LargePng();
        Assert.True(png.Length > 200 * 1024, $"{png.Length} bytes");

        var declared = await MediaSamples.UploadAsync(editor, png, "grande.png", "image/png");
        // Streamed without a Content-Length: the form reader itself must stop at the limit.
        var form = new MultipartFormDataContent();
        var streamed = new StreamContent(new NonSeekableStream(png));
        streamed.Headers.ContentType = new("image/png");
        form.Add(streamed, "file", "grande.png");
        var chunked = await editor.PostAsync("api/v1/media", form);

        foreach (var response in new[] { declared, chunked })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("ne peut pas dépasser 100 Ko", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
        var small = await MediaSamples.UploadAsync(editor, MediaSamples.Image(SKEncodedImageFormat.Jpeg, 300, 200), "petite.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
    }

    [Fact]
    public async Task MediaStore_StreamOverTheLimit_IsRefusedInFrench()
    {
        var agency = await factory.CreateAgencyAsync();

        var result = await agency.InScopeAsync(sp => sp.GetRequiredService<IMediaStore>().SaveImageAsync(new NonSeekableStream(LargePng()), "grande.png", CancellationToken.None));

        Assert.False(result.IsOk);
        Assert.Contains("100 Ko", result.Message);
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
