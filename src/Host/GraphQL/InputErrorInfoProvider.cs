using GraphQL;
using GraphQL.Execution;
using Modular.Shared;

namespace Modular.Host.GraphQL;

/// <summary>
/// A value a scalar refuses (a date outside the calendar the product keeps) is reported by GraphQL.NET as "invalid
/// value" with the reason hidden; the reason is the product's own words, so it is added to the message.
/// </summary>
internal sealed class InputErrorInfoProvider() : ErrorInfoProvider(o => o.ExposeExceptionDetails = false)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        for (var inner = executionError.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is DomainException reason)
            {
                info.Message = $"{info.Message} {reason.Message}";
                break;
            }
        }

        return info;
    }
}
