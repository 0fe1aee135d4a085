using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Outbox;

namespace Ngp.Core.Accounts;

public static class PersonalDataRegistration
{
    /// <summary>Adds a module's contributor to the export and its erasure to the outbox consumers.</summary>
    public static IServiceCollection AddPersonalData<TContributor>(this IServiceCollection services)
        where TContributor : class, IPersonalDataContributor
    {
        services.AddScoped<TContributor>();
        services.AddScoped<IPersonalDataContributor>(sp => sp.GetRequiredService<TContributor>());
        return services.AddOutboxConsumer<PersonalDataErasure<TContributor>>();
    }
}
