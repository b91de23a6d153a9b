using System.Text.Encodings.Web;
using GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Modular.Host.Auth;
using Modular.Host.Files;
using Modular.Host.GraphQL;
using Modular.Host.Limits;
using Modular.Host.Modularity;
using Modular.Host.Observability;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Accounts;
using Modular.Shared.GraphQL;
using Modular.Shared.Modularity;
using Modular.Shared.Storage;
using Modular.Shared.Transfer;
using Modular.Web;
using Modular.Web.Api;

namespace Modular.Host;

/// <summary>Composes the host: storage, discovered modules, the core, GraphQL and sign-in.</summary>
internal static class HostServiceCollectionExtensions
{
    public static IServiceCollection AddModularHost(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = StorageOptions.FromConfiguration(configuration);
        var catalog = ModuleCatalog.Create(ModuleDiscovery.Discover(), ModuleDiscovery.DisabledKeys(configuration));
        services.AddSingleton(storage);
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<HttpCaller>();
        services.AddSingleton<ICallerAccessor>(sp => sp.GetRequiredService<HttpCaller>());
        services.AddSingleton<IAuditActor>(sp => sp.GetRequiredService<HttpCaller>());

        services.AddSingleton<ISheetLabels, WebSheetLabels>();
        services.Configure<SheetLimits>(configuration.GetSection(SheetLimits.Section));
        services.AddCore(storage);
        var context = new ModuleContext(configuration, storage);
        foreach (var module in catalog.Modules)
        {
            module.AddServices(services, context);
        }

        var limits = RequestLimits.FromConfiguration(configuration);
        services.AddSingleton(limits);
        services.AddSingleton<ExecutionSlots>();
        services.AddRequestRateLimits(configuration);
        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<AppSchema>()
                .AddDocumentExecuter<MutationWrites>()
                .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddGraphTypes(typeof(AppSchema).Assembly)
                .AddStandardIntrospection()
                .AddOperationTelemetry()
                .AddValidationRule<SignInRequiredRule>()
                .AddValidationRule<AuthorizationRule>()
                .AddValidationRule<SearchArgumentRule>()
                .AddComplexityAnalyzer(c =>
                {
                    c.MaxDepth = limits.MaxDepth;
                    c.MaxComplexity = limits.MaxComplexity;
                })
                .AddErrorInfoProvider<InputErrorInfoProvider>()
                .AddUnhandledExceptionHandler(ErrorHandling.HandleAsync);
            foreach (var module in catalog.Modules)
            {
                builder.AddGraphTypes(module.GetType().Assembly);
            }
        });

        AddSignIn(services, AuthOptions.FromConfiguration(configuration, storage));
        services.AddObservability(configuration);
        services.AddModularWeb();
        services.AddSingleton<IFileImports, WebFileImports>();
        return services;
    }

    private static void AddSignIn(IServiceCollection services, AuthOptions auth)
    {
        services.AddSingleton(auth);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IAccessTokenIssuer>(sp => sp.GetRequiredService<TokenIssuer>());
        services.AddRolePolicies();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Authority = auth.Authority;
            o.Audience = auth.Audience;
            o.RequireHttpsMetadata = auth.Authority is not null;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Authority is null ? auth.Issuer : null,
                ValidateIssuer = true,
                ValidAudience = auth.Audience,
                ValidateAudience = true,
                IssuerSigningKey = auth.SigningKey,
                ValidateIssuerSigningKey = auth.SigningKey is not null,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromMinutes(1),
                NameClaimType = ProductClaims.User,
                RoleClaimType = ProductClaims.Role,
            };
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = async context =>
                {
                    await AccountSessions.ValidateAsync(context);
                    if (context.Result is null)
                    {
                        await TokenUnits.ValidateAsync(context);
                    }
                },
            };
        });
    }
}
