using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Recipes;
using Ngp.Tenants.Data;

namespace Ngp.Tenants;

/// <summary>What a start found or did, for the console banner.</summary>
public sealed record BootstrapReport(bool FirstRun, string AdminEmail, string? GeneratedPassword, IReadOnlyList<TenantDescriptor> Tenants);
