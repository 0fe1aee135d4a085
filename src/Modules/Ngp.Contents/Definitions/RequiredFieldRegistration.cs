using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Contents.Definitions;

public static class RequiredFieldRegistration
{
    /// <summary>Declares the fields a module reads on a content type, as (name, field type) pairs.</summary>
    public static IServiceCollection AddRequiredFields(this IServiceCollection services, string module, string contentType, params (string Field, string FieldType)[] fields)
    {
        foreach (var (field, fieldType) in fields)
            services.AddSingleton(new RequiredField(contentType, field, fieldType, module));
        return services;
    }
}
