namespace Modular.Modules.Organisation.Domain;

/// <summary>Text lengths the store keeps and the validators enforce.</summary>
internal static class Limits
{
    public const int Short = 50;
    public const int Name = 150;
    public const int Title = 300;
    public const int Text = 2000;
}
