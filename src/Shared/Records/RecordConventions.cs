using Microsoft.EntityFrameworkCore;
using Modular.Shared.Storage;

namespace Modular.Shared.Records;

/// <summary>How every module stores its records, so no module configures it again.</summary>
internal static class RecordConventions
{
    public const int SearchTextLength = 5000;

    private const int EnumLength = 30;

    /// <summary>
    /// Each record's search text gets its length; enum properties are stored by name, so the tables read plainly and
    /// reordering an enum's members cannot change what stored rows mean.
    /// </summary>
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.IsSubclassOf(typeof(UnitRecord))))
        {
            var builder = modelBuilder.Entity(entity.ClrType);
            builder.Property(nameof(UnitRecord.SearchText)).HasMaxLength(SearchTextLength);
            foreach (var property in entity.GetProperties().Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum && p.GetValueConverter() is null))
            {
                builder.Property(property.Name).HasConversion<string>().HasMaxLength(EnumLength);
            }
        }
    }
}
