using GraphQL;

namespace Modular.Host.Limits;

/// <summary>Keeps an answer within <see cref="RequestLimits.MaxErrors"/> and <see cref="RequestLimits.MaxResponseBytes"/>.</summary>
internal static class BoundedAnswer
{
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>The first errors of a result, and one more saying how many were left out.</summary>
    public static void TrimErrors(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(maxErrors))
        {
            kept.Add(error);
        }

        kept.Add(new ExecutionError($"Còn {errors.Count - maxErrors} lỗi khác không được liệt kê.") { Code = TooManyErrors });
        result.Errors = kept;
    }

    /// <summary>The serialized result, or null when it would be larger than the limit (nothing larger is ever held).</summary>
    public static async Task<SerializedAnswer?> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result, int maxBytes, CancellationToken cancellationToken)
    {
        var answer = new SerializedAnswer(maxBytes);
        try
        {
            await serializer.WriteAsync(answer, result, cancellationToken);
            return answer;
        }
        catch (AnswerTooLargeException)
        {
            await answer.DisposeAsync();
            return null;
        }
        catch
        {
            await answer.DisposeAsync();
            throw;
        }
    }

    /// <summary>The answer given instead of one that is too large.</summary>
    public static ExecutionResult TooLarge(int maxBytes) => new()
    {
        Executed = true,
        Errors = [new ExecutionError($"Kết quả lớn hơn {maxBytes / 1024 / 1024} MB; hãy chọn ít trường hơn hoặc lấy từng trang nhỏ hơn (take).") { Code = ResponseTooLarge }],
    };

    private sealed class AnswerTooLargeException : Exception;

    /// <summary>
    /// A serialized answer, held in pooled chunks below the large object heap's threshold and refusing to grow past
    /// its limit. A dashboard's answer is half a megabyte: one growing array per request (and its copy) put a
    /// megabyte or more on the large object heap each time, which made the runtime collect its oldest generation
    /// over and over; chunks from the shared pool are reused instead. Dispose it to give them back.
    /// </summary>
    internal sealed class SerializedAnswer(int maxBytes) : Stream
    {
        private const int ChunkSize = 32 * 1024;

        private readonly List<byte[]> _chunks = [];
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        /// <summary>Writes the answer to the response.</summary>
        public async Task CopyToResponseAsync(Stream destination, CancellationToken cancellationToken)
        {
            var left = _length;
            foreach (var chunk in _chunks)
            {
                var count = (int)Math.Min(left, ChunkSize);
                await destination.WriteAsync(chunk.AsMemory(0, count), cancellationToken);
                left -= count;
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_length + buffer.Length > maxBytes)
            {
                throw new AnswerTooLargeException();
            }

            while (buffer.Length > 0)
            {
                var used = (int)(_length % ChunkSize);
                if (used == 0 && _length / ChunkSize == _chunks.Count)
                {
                    _chunks.Add(System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize));
                }

                var count = Math.Min(ChunkSize - used, buffer.Length);
                buffer[..count].CopyTo(_chunks[^1].AsSpan(used));
                buffer = buffer[count..];
                _length += count;
            }
        }

        public override void WriteByte(byte value) => Write([value]);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _chunks.ForEach(c => System.Buffers.ArrayPool<byte>.Shared.Return(c));
                _chunks.Clear();
            }

            base.Dispose(disposing);
        }
    }
}
