using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Recipes;
using Ngp.Users.Accounts;
using Ngp.Users.Api;
using Ngp.Users.Leases;
using Ngp.Users.Security;
using Ngp.Users.Steps;

namespace Ngp.Users;

public sealed class UsersModule : INgpModule
{
    public const string SmartScheme = "Ngp";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<UserRegistered>("Inscription d'un utilisateur");
        services.AddIdentityCore<NgpUser>(UserRules.Apply)
            .AddRoles<NgpRole>()
            .AddEntityFrameworkStores<NgpDbContext>()
            .AddUserManager<NgpUserManager>()
            .AddSignInManager()
            .AddTokenProvider<ClockedTokenProvider>(TokenOptions.DefaultProvider)
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<NgpClaimsPrincipalFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie ou jeton", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie)
            .AddCookie(IdentityConstants.ExternalScheme)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddAuthorization(o =>
        {
            // "Signed in" means signed in *here*: a principal issued by another tenant is a stranger.
            o.DefaultPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new TenantMemberRequirement()).Build();
        });
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IAuthorizationHandler, TenantMemberHandler>();
        services.AddScoped<UserPermissions>();

        services.Configure<RateLimitOptions>(configuration.GetSection("Ngp:RateLimits"));
        services.TryAddSingleton<IAttemptCounter, MemoryAttemptCounter>();
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicies.Authentication, context =>
                RateLimitPolicies.PerIp(context, context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value, context.RequestServices.GetRequiredService<IAttemptCounter>()));
            o.OnRejected = async (context, ct) =>
            {
                const string message = "Trop de demandes depuis cette adresse : patientez une minute avant de réessayer.";
                var http = context.HttpContext;
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(title: message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
                    return;
                }
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(message, ct);
            };
        });

        services.AddScoped<ApiTokens>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<UnknownAddressLockout>();
        services.AddSingleton<DecoyPasswordHash>();
        services.Configure<LoginFailureRetentionOptions>(configuration.GetSection(LoginFailureRetentionOptions.Section));
        services.AddSingleton<LoginFailureRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<LoginFailureRetention>());
        services.AddSingleton<BearerPrincipals>();
        services.AddSingleton<BearerUserStates>();
        services.AddSingleton<ApiTokenReads>();
        services.AddSingleton<UserStateChanges>();
        // The host adds every registered IInterceptor to the tenant contexts.
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<UserStateChanges>());
        services.AddScoped<UserProvisioning>();
        services.AddScoped<LeaseImport>();
        services.AddScoped<LeaseList>();
        services.AddSingleton<LeaseDirectory>();
        services.AddScoped<Invitations>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<ResidentRegistration>();
        services.AddScoped<PersonalData>();
        services.AddScoped<ChangeDisplayName>();
        services.AddPersonalData<InvitationPersonalData>();
        services.AddScoped<AuthenticatedUserLease>();
        services.AddScoped<Ngp.Core.Accounts.IUserDirectory, UserDirectory>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, LeasesStep>();
        services.AddScoped<IRecipeStep, UsersStep>();
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = ".ngp.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CookieManager = new TenantCookieManager();
        o.LoginPath = "/compte/connexion";
        o.LogoutPath = "/compte/deconnexion";
        o.AccessDeniedPath = "/compte/acces-refuse";
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>();
                if (!tenant.HasTenant || context.Principal?.FindFirst(NgpClaims.Tenant)?.Value != tenant.Tenant.Name)
                {
                    context.RejectPrincipal();
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            },
            OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden),
        };
    }

    /// <summary>The JSON API answers 401/403 with problem details; pages redirect to the login form.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Results.Problem(
                title: status == StatusCodes.Status401Unauthorized ? "Connectez-vous pour accéder à cette ressource." : "Vous n'avez pas la permission d'accéder à cette ressource.",
                statusCode: status).ExecuteAsync(context.HttpContext);
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapUsersApi();

    public IEnumerable<Permission> Permissions =>
        [UserPermissionNames.AccessAdmin, UserPermissionNames.ManageUsers, UserPermissionNames.ManageLeases, UserPermissionNames.ManageRoles];

    public IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Comptes", "/admin/comptes", UserPermissionNames.ManageUsers, Order: 20),
        new("Baux", "/admin/baux", UserPermissionNames.ManageLeases, Order: 30),
        new("Rôles et permissions", "/admin/roles", UserPermissionNames.ManageRoles, Order: 40),
    ];

    public void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration<Lease>(new LeaseConfiguration());
        model.ApplyConfiguration<LeaseHolder>(new LeaseConfiguration());
        model.ApplyConfiguration(new InvitationConfiguration());
        model.ApplyConfiguration(new LoginFailureConfiguration());
    }
}
