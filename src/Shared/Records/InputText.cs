using System.Reflection;

namespace Modular.Shared.Records;

/// <summary>
/// Cleans every text of an input the way users' text is kept (<see cref="VietnameseText.Clean"/>: trimmed, NFC),
/// once, before it is validated: blank optional text becomes null, blank required text empty.
/// </summary>
public static class InputText
{
    private static readonly MethodInfo Copy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>A copy of the input with its texts cleaned; the input itself is left as it was.</summary>
    public static TInput Clean<TInput>(TInput input)
        where TInput : class
    {
        var copy = (TInput)Copy.Invoke(input, null)!;
        foreach (var (property, optional) in Texts<TInput>.Properties)
        {
            var text = VietnameseText.Clean((string?)property.GetValue(copy));
            property.SetValue(copy, optional ? text : text ?? string.Empty);
        }

        return copy;
    }

    private static class Texts<TInput>
    {
        public static readonly (PropertyInfo Property, bool Optional)[] Properties = Find();

        private static (PropertyInfo, bool)[] Find()
        {
            var nullability = new NullabilityInfoContext();
            return typeof(TInput).GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
                .Select(p => (p, nullability.Create(p).WriteState != NullabilityState.NotNull))
                .ToArray();
        }
    }
}
