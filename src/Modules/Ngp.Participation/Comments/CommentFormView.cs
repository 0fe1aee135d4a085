using Microsoft.AspNetCore.Mvc.ModelBinding;
using Ngp.Participation.Pages.Participation;

namespace Ngp.Participation.Comments;

/// <summary>What the shared comment form shows: the values, the comment edited (if any), the errors to place beside fields.</summary>
public sealed record CommentFormView(CommentForm Input, long? EditId, ModelStateDictionary ModelState);
