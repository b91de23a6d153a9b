using System.Security.Cryptography;

namespace Modular.Web.Api;

/// <summary>
/// Files uploaded for a check, kept on disk until their user confirms the import: one file per user (a new upload
/// replaces it), for <see cref="Lifetime"/>, at most <see cref="MaxFiles"/> users' files at once (the oldest goes first).
/// The file's size is bounded before it gets here.
/// </summary>
public sealed class PendingUploads(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public const int MaxFiles = 50;

    private readonly string _folder = Directory.CreateTempSubdirectory("hlhpn-tep-").FullName;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PendingUpload> _byUser = new(StringComparer.Ordinal);

    /// <summary>Keeps the user's file and answers the id that the confirmation must name.</summary>
    public async Task<string> KeepAsync(string user, string kind, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(_folder, id);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
        var gone = new List<PendingUpload>();
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            gone.AddRange(_byUser.Values.Where(p => p.ExpiresAt <= now));
            if (_byUser.TryGetValue(user, out var previous))
            {
                gone.Add(previous);
            }

            foreach (var old in gone)
            {
                _byUser.Remove(old.User);
            }

            while (_byUser.Count >= MaxFiles)
            {
                var oldest = _byUser.Values.MinBy(p => p.ExpiresAt)!;
                _byUser.Remove(oldest.User);
                gone.Add(oldest);
            }

            _byUser[user] = new PendingUpload(user, id, kind, fileName, path, now + Lifetime);
        }

        foreach (var old in gone)
        {
            File.Delete(old.Path);
        }

        return id;
    }

    /// <summary>The user's file with that id, removed from the store; null when there is none or it has expired.</summary>
    public async Task<(PendingUpload Upload, byte[] Content)?> TakeAsync(string user, string id, CancellationToken cancellationToken)
    {
        PendingUpload? found;
        lock (_gate)
        {
            if (!_byUser.TryGetValue(user, out found) || found.Id != id)
            {
                return null;
            }

            _byUser.Remove(user);
        }

        try
        {
            return found.ExpiresAt > clock.GetUtcNow() ? (found, await File.ReadAllBytesAsync(found.Path, cancellationToken)) : null;
        }
        finally
        {
            File.Delete(found.Path);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open elsewhere: the system's temporary folder is cleaned up in time
        }
    }
}

/// <summary>A file kept between its check and its import.</summary>
public sealed record PendingUpload(string User, string Id, string Kind, string FileName, string Path, DateTimeOffset ExpiresAt);
