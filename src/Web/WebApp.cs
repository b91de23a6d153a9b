using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Modular.Web.Api;
using Modular.Web.Components;
using Modular.Web.Records;

namespace Modular.Web;

/// <summary>The officers' web app: server-rendered pages in Vietnamese at <c>/</c>, reading and writing through the GraphQL schema.</summary>
public static class WebApp
{
    public static IServiceCollection AddModularWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Vietnamese as UTF-8 text rather than a character reference per letter: a third of the bytes on a slow connection.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddSingleton<WebAssets>();
        services.AddSingleton<GraphQLApi>();
        services.AddSingleton<RecordCatalog>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<UnitOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PendingUploads>();
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, WebSession.Configure);
        return services;
    }

    /// <summary>Maps the pages and their assets; call after authentication.</summary>
    public static WebApplication MapModularWeb(this WebApplication app)
    {
        app.UseAuthorization();
        app.UseAntiforgery();
        var assets = app.Services.GetRequiredService<WebAssets>();
        app.MapGet($"{WebAssets.Path}/{{name}}", (string name, HttpContext context) => assets.Serve(name, context)).AllowAnonymous();
        app.MapRazorComponents<App>().WithMetadata(new WebSession.PageMarker());
        app.MapFallback(() => new RazorComponentResult<NotFoundDocument> { StatusCode = StatusCodes.Status404NotFound }).AllowAnonymous();
        return app;
    }
}
