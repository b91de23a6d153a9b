using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Modular.Shared.GraphQL;

/// <summary>One page of a list, with the total so front ends can page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Skip, int Take);

/// <summary>Which page a list field was asked for: <c>skip</c> (from 0) and <c>take</c> (1 to 200, default 50).</summary>
public sealed record PageRequest(int Skip, int Take)
{
    public const int MaxTake = 200;

    public static PageRequest From(IResolveFieldContext context)
    {
        var skip = context.GetArgument("skip", 0);
        var take = context.GetArgument("take", 50);
        if (skip < 0)
        {
            throw new DomainException(ErrorCodes.Validation, "skip phải là số không âm.", "skip");
        }

        if (take is < 1 or > MaxTake)
        {
            throw new DomainException(ErrorCodes.Validation, $"take phải từ 1 đến {MaxTake}.", "take");
        }

        return new PageRequest(skip, take);
    }
}

/// <summary>The page type of a list: <c>items</c> and <c>totalCount</c>.</summary>
public class PageGraphType<TItem, TItemGraphType> : ObjectGraphType<Page<TItem>>
    where TItemGraphType : IGraphType
{
    public PageGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>("items").Resolve(c => c.Source.Items);
        Field(p => p.TotalCount).Description("How many records match, over all pages.");
        Field(p => p.Skip);
        Field(p => p.Take);
    }
}

public static class PagingExtensions
{
    /// <summary>Adds the <c>skip</c> and <c>take</c> arguments to a list field.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("skip", a => { a.DefaultValue = 0; a.Description = "Records to skip, from 0."; })
            .Argument<IntGraphType>("take", a => { a.DefaultValue = 50; a.Description = $"Records per page, 1 to {PageRequest.MaxTake}."; });

    /// <summary>Counts and reads one page of an ordered query: two queries whatever the page.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new Page<T>(items, total, page.Skip, page.Take);
    }
}
