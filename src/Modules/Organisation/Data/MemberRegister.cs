using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Reporting;
using Modular.Shared.Storage;
using Modular.Shared.Transfer;

namespace Modular.Modules.Organisation.Data;

/// <summary>What the member register can be searched by.</summary>
internal sealed record MemberFilter(string? UnitCode, string? Search, MemberStatus? Status, int? BirthYearFrom, int? BirthYearTo);

/// <summary>
/// The member register of a unit. Members are personal data: every read goes through the caller's subtree. Each
/// change keeps the membership history whole: one open period at the member's current unit while she is active.
/// Members are written outside the record service (they have histories), so each write makes the period lock check
/// itself, on the day the register is written and on the day of the event it records.
/// </summary>
internal sealed class MemberRegister(
    IDbContextFactory<OrganisationDbContext> factory,
    UnitAccess access,
    PeriodLocks locks,
    TimeProvider clock,
    IValidator<CreateMemberInput> createValidator,
    IValidator<UpdateMemberInput> updateValidator)
{
    private const string MemberLabel = "hội viên";

    private const string ModuleKey = OrganisationModule.ModuleKey;

    /// <summary>Members are kept by base unions (and their branches) and affiliated unions, not by districts or the province.</summary>
    private static readonly string[] RegisterLevels = ["base", "branch", "affiliated"];

    public Task<Page<Member>> SearchAsync(MemberFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        ReadAllAsync(filter, (members, token) => members.Include(m => m.History).ToPageAsync(page, token), cancellationToken);

    /// <summary>
    /// Hands <paramref name="read"/> every member the register's list with the filter would show, in its order and
    /// without paging, on a context open for as long as the read takes: exports stream them from there.
    /// </summary>
    public async Task<TResult> ReadAllAsync<TResult>(MemberFilter filter, Func<IQueryable<Member>, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken)
    {
        if (filter.BirthYearFrom is { } from && filter.BirthYearTo is { } to && from > to)
        {
            throw new DomainException(ErrorCodes.Validation, "Năm sinh \"từ\" phải không lớn hơn năm sinh \"đến\".", "birthYearFrom");
        }

        var units = await access.ReadableSubtreeAsync(VietnameseText.Clean(filter.UnitCode), cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var members = db.Members.AsNoTracking().Where(m => units.Contains(m.UnitId));
        if (VietnameseText.Clean(filter.Search) is { } search)
        {
            var folded = VietnameseText.Fold(search);
            members = members.Where(m => m.FoldedName.Contains(folded));
        }

        if (filter.Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }

        if (filter.BirthYearFrom is { } yearFrom)
        {
            members = members.Where(m => m.BirthYear >= yearFrom);
        }

        if (filter.BirthYearTo is { } yearTo)
        {
            members = members.Where(m => m.BirthYear <= yearTo);
        }

        return await read(members.OrderBy(m => m.FoldedName).ThenBy(m => m.Id), cancellationToken);
    }

    public async Task<Member> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, id, cancellationToken);
    }

    /// <summary>
    /// Registers a member who joins here, or one who joined outside the province and moved in (she is then no new
    /// member of the province's). The register is kept today, so the unit must be open and the module on today.
    /// </summary>
    public async Task<Member> CreateAsync(CreateMemberInput input, CancellationToken cancellationToken)
    {
        await createValidator.ValidateAndThrowAsync(input, cancellationToken);
        var (member, unit) = await NewMemberAsync(input, cancellationToken);
        await EnsureOpenAsync(unit.Id, cancellationToken, clock.Today(), input.MovedInOn ?? input.JoinedOn);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureNotRegisteredAsync(db, member, unit, cancellationToken);
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<Member> UpdateAsync(string id, UpdateMemberInput input, CancellationToken cancellationToken)
    {
        await updateValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var member = await FindAsync(db, id, cancellationToken);
        await CorrectAsync(member, input, cancellationToken);
        if (member.Status == MemberStatus.Active)
        {
            var unit = (await access.FindAsync(member.UnitId, cancellationToken))!;
            await EnsureNotRegisteredAsync(db, member, unit, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>
    /// Registers many members (a file) with the checks of <see cref="CreateAsync"/>, row by row, and answers row by row
    /// as the record service's bulk path does: a dry run writes nothing, a refused row stops the whole write unless
    /// <see cref="RecordImport.SkipRefused"/> asks for the others, and what is written is written in one transaction
    /// with one import entry per unit. With <see cref="RecordImport.MatchExisting"/> a row naming a woman already on
    /// her unit's active register (the same name and birth year) leaves her as she is when her details agree, and
    /// corrects them with the checks of <see cref="UpdateAsync"/> when they differ; a second row for her is refused.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<CreateMemberInput> rows, RecordImport import, CancellationToken cancellationToken)
    {
        var created = new List<Member>(rows.Count);
        var (updated, unchanged) = (0, 0);
        var refused = new List<RowRefusal>();
        var seen = new HashSet<(int, string, int)>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        for (var row = 0; row < rows.Count; row++)
        {
            try
            {
                var input = rows[row];
                if (await createValidator.ValidateAsync(input, cancellationToken) is { IsValid: false } result)
                {
                    throw new DomainException(ErrorCodes.Validation, result.Errors[0].ErrorMessage, InputRules.FieldName(result.Errors[0].PropertyName));
                }

                var (member, unit) = await NewMemberAsync(input, cancellationToken);
                if (!seen.Add((unit.Id, member.FoldedName, member.BirthYear)))
                {
                    throw new DomainException(
                        ErrorCodes.Conflict, $"Dòng này trùng với một dòng trước trong cùng tệp: hội viên {member.FullName}, sinh năm {member.BirthYear}, đã có ở dòng trên.", "fullName");
                }

                var registered = await RegisteredAsync(db, member, unit, cancellationToken);
                if (registered is null)
                {
                    await EnsureOpenAsync(unit.Id, cancellationToken, clock.Today(), input.MovedInOn ?? input.JoinedOn);
                    created.Add(member);
                }
                else if (!import.MatchExisting)
                {
                    throw AlreadyRegistered(member, unit);
                }
                else if (SameDetails(registered, member))
                {
                    unchanged++;
                }
                else
                {
                    await CorrectAsync(registered, input, cancellationToken);
                    updated++;
                }
            }
            catch (DomainException refusal)
            {
                refused.Add(new RowRefusal(row + 1, refusal.Code, refusal.Field, refusal.Message));
            }
        }

        var write = !import.DryRun && (refused.Count == 0 || import.SkipRefused);
        if (write && created.Count + updated > 0)
        {
            await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
            if (updated > 0)
            {
                await db.SaveChangesAsync(cancellationToken); // on their own, so each correction keeps its before and after in the audit trail
                db.ChangeTracker.Clear();
            }

            foreach (var chunk in created.Chunk(RecordService<OrganisationDbContext>.BatchSize))
            {
                db.Members.AddRange(chunk);
                db.RecordImport(nameof(Member), chunk.Length, import.Label);
                db.RecordImport(nameof(MembershipPeriod), chunk.Length, import.Label);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportSummary(rows.Count, created.Count, updated, unchanged, write ? created.Count + updated : 0, refused, import.DryRun);
    }

    /// <summary>
    /// A new member from what was typed, with her first stay, once the caller may write the register of her unit. The
    /// register is kept today, so the unit must be open and the module on today.
    /// </summary>
    private async Task<(Member Member, UnitRef Unit)> NewMemberAsync(CreateMemberInput input, CancellationToken cancellationToken)
    {
        var unit = await RegisterUnitAsync(input.UnitCode.Trim(), clock.Today(), "unitCode", cancellationToken);
        var member = new Member
        {
            UnitId = unit.Id,
            FullName = "",
            FoldedName = "",
            Ethnicity = "",
            JoinedUnitId = input.MovedInOn is null ? unit.Id : null,
            Status = MemberStatus.Active,
        };
        Apply(member, input);
        member.History.Add(input.MovedInOn is { } movedIn
            ? new MembershipPeriod { UnitId = unit.Id, From = movedIn, StartReason = MembershipReason.MovedIn }
            : new MembershipPeriod { UnitId = unit.Id, From = input.JoinedOn, StartReason = MembershipReason.Joined });
        return (member, unit);
    }

    /// <summary>Corrects a member's details once the caller may still write her unit and neither her old nor her new day of joining is locked.</summary>
    private async Task CorrectAsync(Member member, IMemberDetails input, CancellationToken cancellationToken)
    {
        await access.EnsureCanWriteAsync(member.UnitId, ModuleKey, clock.Today(), cancellationToken);
        await EnsureOpenAsync(member.UnitId, cancellationToken, clock.Today(), member.JoinedOn, input.JoinedOn);
        // Her first stay begins the day she joined, unless she moved in from outside the province.
        var first = member.History.OrderBy(p => p.From).ThenBy(p => p.Id).First();
        var firstEnds = first.StartReason == MembershipReason.Joined ? first.To : first.From.AddDays(1);
        if (firstEnds is { } limit && input.JoinedOn >= limit)
        {
            throw new DomainException(
                ErrorCodes.Validation, $"Ngày vào Hội phải trước ngày {limit:dd/MM/yyyy} (ngày hội viên rời hoặc chuyển đến đơn vị đầu tiên).", "joinedOn");
        }

        Apply(member, input);
        if (first.StartReason == MembershipReason.Joined)
        {
            first.From = input.JoinedOn;
        }
    }

    /// <summary>
    /// Moves an active member to another unit from a day: her stay at the old unit ends the day before, a new stay
    /// begins that day. The caller must be able to write both units (a common district or the province for moves
    /// between districts).
    /// </summary>
    public async Task<Member> MoveAsync(string id, string toUnitCode, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var member = await FindAsync(db, id, cancellationToken);
        var current = CurrentPeriod(member);
        EnsureDay(date, current, "date", "Ngày chuyển sinh hoạt");
        await access.EnsureCanWriteAsync(member.UnitId, ModuleKey, LastDayAt(date), cancellationToken);
        var unit = await RegisterUnitAsync(toUnitCode.Trim(), date, "toUnitCode", cancellationToken);
        await EnsureOpenAsync(member.UnitId, cancellationToken, LastDayAt(date), date);
        await EnsureOpenAsync(unit.Id, cancellationToken, date);
        if (unit.Id == member.UnitId)
        {
            throw new DomainException(ErrorCodes.Validation, $"Hội viên đang sinh hoạt tại {unit.Name}: chọn đơn vị khác để chuyển đến.", "toUnitCode");
        }

        await EnsureNotRegisteredAsync(db, member, unit, cancellationToken);
        current.To = date;
        current.EndReason = MembershipReason.MovedOut;
        member.History.Add(new MembershipPeriod { UnitId = unit.Id, From = date, StartReason = MembershipReason.MovedIn });
        member.UnitId = unit.Id;
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>Takes an active member off the registers: she left the union, died or moved out of the province on the day (no longer counted from it).</summary>
    public async Task<Member> EndAsync(string id, MemberStatus status, DateOnly date, CancellationToken cancellationToken)
    {
        if (status == MemberStatus.Active)
        {
            throw new DomainException(ErrorCodes.Validation, "Chỉ ghi nhận hội viên ra khỏi Hội (LEFT), từ trần (DECEASED) hoặc chuyển sinh hoạt ra ngoài tỉnh (MOVED).", "status");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var member = await FindAsync(db, id, cancellationToken);
        var current = CurrentPeriod(member);
        EnsureDay(date, current, "date", Describe(status).Label);
        await access.EnsureCanWriteAsync(member.UnitId, ModuleKey, LastDayAt(date), cancellationToken);
        await EnsureOpenAsync(member.UnitId, cancellationToken, LastDayAt(date), date);
        current.To = date;
        current.EndReason = Describe(status).Reason;
        member.Status = status;
        member.EndedOn = date;
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>Removes a member entered by mistake, with her history; members who left are ended, not deleted.</summary>
    public async Task<int> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var member = await FindAsync(db, id, cancellationToken);
        await access.EnsureCanWriteAsync(member.UnitId, ModuleKey, clock.Today(), cancellationToken);
        await EnsureOpenAsync(member.UnitId, cancellationToken, clock.Today(), member.History.Min(p => p.From));
        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return member.Id;
    }

    /// <summary>Refuses (LOCKED) when a day of the write lies in an approved period of the unit.</summary>
    private async Task EnsureOpenAsync(int unitId, CancellationToken cancellationToken, params DateOnly[] days)
    {
        foreach (var day in days.Distinct())
        {
            await locks.EnsureOpenAsync(unitId, ModuleKey, day, cancellationToken);
        }
    }

    private async Task<UnitRef> RegisterUnitAsync(string unitCode, DateOnly day, string field, CancellationToken cancellationToken)
    {
        var unit = await access.ForWriteAsync(unitCode, ModuleKey, day, cancellationToken);
        if (!RegisterLevels.Contains(unit.LevelKey))
        {
            throw new DomainException(
                ErrorCodes.Validation, $"{unit.Name} không quản lý hội viên: hội viên được ghi tại cơ sở Hội (xã, phường, thị trấn) hoặc Hội trực thuộc.", field);
        }

        return unit;
    }

    /// <summary>The same woman (same folded name and birth year) is on a unit's active register once.</summary>
    private static async Task EnsureNotRegisteredAsync(OrganisationDbContext db, Member member, UnitRef unit, CancellationToken cancellationToken)
    {
        if (await RegisteredAsync(db, member, unit, cancellationToken) is not null)
        {
            throw AlreadyRegistered(member, unit);
        }
    }

    /// <summary>Another member of the unit's active register with her folded name and birth year, with her history; null when there is none.</summary>
    private static Task<Member?> RegisteredAsync(OrganisationDbContext db, Member member, UnitRef unit, CancellationToken cancellationToken) =>
        db.Members.Include(m => m.History).FirstOrDefaultAsync(
            m => m.Id != member.Id && m.UnitId == unit.Id && m.Status == MemberStatus.Active && m.FoldedName == member.FoldedName && m.BirthYear == member.BirthYear,
            cancellationToken);

    private static DomainException AlreadyRegistered(Member member, UnitRef unit) =>
        new(ErrorCodes.Conflict, $"Hội viên {member.FullName}, sinh năm {member.BirthYear}, đã có trong danh sách hội viên của {unit.Name}.", "fullName");

    private static bool SameDetails(Member registered, Member typed) =>
        (registered.FullName, registered.Ethnicity, registered.Religion, registered.Branch, registered.JoinedOn)
        == (typed.FullName, typed.Ethnicity, typed.Religion, typed.Branch, typed.JoinedOn);

    private void EnsureDay(DateOnly date, MembershipPeriod current, string field, string label)
    {
        if (date > clock.Today())
        {
            throw new DomainException(ErrorCodes.Validation, $"{label} không được sau ngày hôm nay.", field);
        }

        if (date <= current.From)
        {
            throw new DomainException(ErrorCodes.Validation, $"{label} phải sau ngày {current.From:dd/MM/yyyy}, ngày hội viên bắt đầu sinh hoạt tại đơn vị hiện tại.", field);
        }
    }

    // The unit being left is written as of her last day there: a unit closed by a merger can still hand its members over.
    private static DateOnly LastDayAt(DateOnly date) => date.AddDays(-1);

    private static MembershipPeriod CurrentPeriod(Member member) =>
        member.Status == MemberStatus.Active && member.History.SingleOrDefault(p => p.To is null) is { } current
            ? current
            : throw new DomainException(
                ErrorCodes.Conflict, $"Hội viên {member.FullName} đã {Describe(member.Status).Done} ngày {member.EndedOn:dd/MM/yyyy}.", "id");

    /// <summary>How each way off the registers is named and kept in the history.</summary>
    internal static (string Label, string Done, MembershipReason Reason) Describe(MemberStatus status) => status switch
    {
        MemberStatus.Moved => ("Ngày chuyển sinh hoạt ra ngoài tỉnh", "chuyển sinh hoạt ra ngoài tỉnh", MembershipReason.MovedOut),
        MemberStatus.Deceased => ("Ngày từ trần", "từ trần", MembershipReason.Deceased),
        _ => ("Ngày ra khỏi Hội", "ra khỏi Hội", MembershipReason.Left),
    };

    /// <summary>The member if the caller may read her; a member outside her subtree is answered as a missing one, so that ids disclose nothing.</summary>
    private async Task<Member> FindAsync(OrganisationDbContext db, string id, CancellationToken cancellationToken)
    {
        var key = RecordIds.Parse(id, MemberLabel);
        var member = await db.Members.Include(m => m.History).SingleOrDefaultAsync(m => m.Id == key, cancellationToken);
        return member is not null && await access.CanReadAsync(member.UnitId, cancellationToken) ? member : throw RecordIds.NotFound(MemberLabel, id);
    }

    /// <summary>Fills a member's details from what was typed, text cleaned and the name folded.</summary>
    internal static void Apply(Member member, IMemberDetails details)
    {
        member.FullName = VietnameseText.Clean(details.FullName)!;
        member.FoldedName = VietnameseText.Fold(member.FullName);
        member.BirthYear = details.BirthYear;
        member.Ethnicity = VietnameseText.Clean(details.Ethnicity)!;
        member.Religion = VietnameseText.Clean(details.Religion);
        member.Branch = VietnameseText.Clean(details.Branch);
        member.JoinedOn = details.JoinedOn;
    }
}

/// <summary>
/// The member register's files: its template and import through <see cref="MemberRegister.ImportAsync"/>, its export
/// with the filters and access of the <c>members</c> list (the unit's subtree, a name), as every kind's files go.
/// </summary>
internal sealed class MemberFiles : IRecordReader, IRecordWriter
{
    public Type RecordType => typeof(Member);

    public Task ReadAllAsync(IServiceProvider services, RecordFilter filter, Action<IEnumerable<IUnitOwned>> write, CancellationToken cancellationToken)
    {
        if (filter.From is not null || filter.To is not null)
        {
            throw new DomainException(ErrorCodes.Validation, "Danh sách hội viên không lọc theo ngày: hãy lọc theo đơn vị (unitCode) hoặc họ tên (search).", "from");
        }

        return services.GetRequiredService<MemberRegister>().ReadAllAsync(
            new MemberFilter(filter.UnitCode, filter.Search, null, null, null),
            (members, token) => Task.Run(
                () =>
                {
                    write(members.AsEnumerable());
                    return true;
                },
                token),
            cancellationToken);
    }

    public Task<ImportSummary> ImportAsync(IServiceProvider services, IReadOnlyList<object> inputs, RecordImport import, CancellationToken cancellationToken) =>
        services.GetRequiredService<MemberRegister>().ImportAsync(inputs.Cast<CreateMemberInput>().ToList(), import, cancellationToken);

    public Task RecordFileAsync(IServiceProvider services, FileAudit audit, CancellationToken cancellationToken) =>
        RecordFileFields.RecordFileAsync<OrganisationDbContext>(services, audit, cancellationToken);
}
