using GraphQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Modular.Shared;
using Npgsql;

namespace Modular.Host.GraphQL;

/// <summary>
/// What a database refusal means to the user: two writes of the same thing at the same instant (a unique index, a
/// deadlock, a busy database) are a conflict to retry, never an internal error. Null for anything else.
/// </summary>
internal static class StoreErrors
{
    public static ExecutionError? Describe(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            var message = inner switch
            {
                DbUpdateConcurrencyException => "Bản ghi vừa được người khác sửa hoặc xóa; hãy tải lại rồi thử lại.",
                SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                    => "Đã có người ghi đúng dữ liệu này cùng lúc; hãy tải lại để xem, rồi thử lại nếu cần.",
                SqliteException { SqliteErrorCode: 5 or 6 } or PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable }
                    => "Dữ liệu đang được ghi bởi yêu cầu khác; không có gì được lưu, hãy thử lại.",
                PostgresException { SqlState: PostgresErrorCodes.InFailedSqlTransaction }
                    => "Không chạy: một phần trước đó của yêu cầu đã lỗi, nên không có gì được lưu.",
                _ => null,
            };
            if (message is not null)
            {
                return new ExecutionError(message) { Code = ErrorCodes.Conflict };
            }
        }

        return null;
    }
}
