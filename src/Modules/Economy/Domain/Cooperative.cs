using System.ComponentModel;
using System.Linq.Expressions;
using Modular.Shared;

namespace Modular.Modules.Economy.Domain;

internal enum CooperativeKind
{
    [Description("Hợp tác xã")]
    Cooperative = 1,

    [Description("Tổ hợp tác")]
    CooperativeGroup = 2,
}

/// <summary>A cooperative or cooperative group the union helped found or supports (target 2.2c).</summary>
internal sealed class Cooperative : IEconomyRecord, IUniqueInUnit<Cooperative>
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string Name { get; set; } = "";

    public string NameFolded { get; set; } = "";

    public CooperativeKind Kind { get; set; }

    public DateOnly FoundedOn { get; set; }

    public int Members { get; set; }

    /// <summary>How many women sit in its management (board, director, supervisors).</summary>
    public int WomenInManagement { get; set; }

    // A cooperative may be decades old: the record states that it exists now, so the write is checked for today.
    public DateOnly WriteDay(DateOnly today) => today;

    public Expression<Func<Cooperative, bool>> SameAsThis()
    {
        var (id, unitId, name) = (Id, UnitId, NameFolded);
        return c => c.Id != id && c.UnitId == unitId && c.NameFolded == name;
    }

    public DomainException Duplicate() => new(
        ErrorCodes.Conflict,
        $"\"{Name}\" đã được ghi nhận tại đơn vị này; hãy cập nhật bản ghi đã có thay vì ghi thêm.",
        "name");
}
