using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Modular.Shared.Storage;

namespace Modular.Host.Auth;

/// <summary>
/// Sign-in settings from the <c>Auth</c> section: an issuer, audience and signing key of our own, or an OpenID
/// Connect authority. With neither, a development key is generated once and kept in the data folder.
/// </summary>
internal sealed record AuthOptions(string Issuer, string Audience, SymmetricSecurityKey? SigningKey, string? Authority, bool IsDevelopmentKey)
{
    public const string DevelopmentKeyFile = "development-signing-key.txt";

    public static AuthOptions FromConfiguration(IConfiguration configuration, StorageOptions storage)
    {
        var section = configuration.GetSection("Auth");
        var issuer = section["Issuer"] is { Length: > 0 } i ? i : "hoi-lhpn-khanh-hoa";
        var audience = section["Audience"] is { Length: > 0 } a ? a : "modular-api";
        var authority = section["Authority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            return new AuthOptions(issuer, audience, null, authority, false);
        }

        if (section["SigningKey"] is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
            }

            return new AuthOptions(issuer, audience, new SymmetricSecurityKey(bytes), null, false);
        }

        var file = Path.Combine(storage.DataDirectory(), DevelopmentKeyFile);
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        }

        return new AuthOptions(issuer, audience, new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file).Trim())), null, true);
    }
}
