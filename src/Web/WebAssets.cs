using System.Security.Cryptography;

namespace Modular.Web;

/// <summary>
/// The app's style sheet and icons, embedded in the assembly and served by the host itself (no CDN). Each URL carries a
/// hash of the file, so browsers on slow connections keep it for a year and fetch it again only when it changes.
/// </summary>
public sealed class WebAssets
{
    public const string Path = "/assets";

    private readonly Dictionary<string, (byte[] Bytes, string Hash, string ContentType)> _files = new(StringComparer.Ordinal);

    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        const string prefix = "Modular.Web.Assets.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var name = resource[prefix.Length..];
            _files[name] = (bytes, Convert.ToHexString(SHA256.HashData(bytes))[..12].ToLowerInvariant(), ContentTypeOf(name));
        }
    }

    /// <summary>The URL of an asset, with its content hash.</summary>
    public string Url(string name) => $"{Path}/{name}?v={_files[name].Hash}";

    internal IResult Serve(string name, HttpContext context)
    {
        if (!_files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = context.Request.Query["v"] == file.Hash ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.Headers.ETag = $"\"{file.Hash}\"";
        return context.Request.Headers.IfNoneMatch == $"\"{file.Hash}\"" ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(file.Bytes, file.ContentType);
    }

    private static string ContentTypeOf(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}
