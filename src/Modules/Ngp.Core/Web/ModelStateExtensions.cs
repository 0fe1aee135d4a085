using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Ngp.Core.Results;

namespace Ngp.Core.Web;

public static class ModelStateExtensions
{
    /// <summary>Shows a handler's refusal on the form: each field error beside its field, the message at the top.</summary>
    public static void AddResult(this ModelStateDictionary modelState, Result result, string prefix)
    {
        if (result.Errors.Count == 0)
        {
            modelState.AddModelError(string.Empty, result.Message ?? "Une erreur est survenue.");
            return;
        }
        foreach (var (field, messages) in result.Errors)
        {
            var key = field.Length == 0 ? string.Empty : $"{prefix}.{Pascal(field)}";
            foreach (var message in messages)
                modelState.AddModelError(key, message);
        }
    }

    private static string Pascal(string camel) => new StringBuilder(camel).Replace(camel[0], char.ToUpperInvariant(camel[0]), 0, 1).ToString();
}
