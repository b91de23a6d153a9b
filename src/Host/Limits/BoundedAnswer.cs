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
    public static async Task<byte[]?> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new LimitedBuffer(maxBytes);
        try
        {
            await serializer.WriteAsync(buffer, result, cancellationToken);
        }
        catch (AnswerTooLargeException)
        {
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>The answer given instead of one that is too large.</summary>
    public static ExecutionResult TooLarge(int maxBytes) => new()
    {
        Executed = true,
        Errors = [new ExecutionError($"Kết quả lớn hơn {maxBytes / 1024 / 1024} MB; hãy chọn ít trường hơn hoặc lấy từng trang nhỏ hơn (take).") { Code = ResponseTooLarge }],
    };

    private sealed class AnswerTooLargeException : Exception;

    /// <summary>A memory stream that refuses to grow past its limit.</summary>
    private sealed class LimitedBuffer(int maxBytes) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Ensure(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Ensure(buffer.Length);
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            Ensure(1);
            base.WriteByte(value);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Ensure(count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Ensure(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        private void Ensure(int count)
        {
            if (Length + count > maxBytes)
            {
                throw new AnswerTooLargeException();
            }
        }
    }
}
