using Microsoft.AspNetCore.Mvc.ModelBinding;
using Ngp.Comments.Pages.Comments;

namespace Ngp.Comments.Threads;

/// <summary>What the shared comment form shows: the values, the comment edited (if any), the errors to place beside fields, what the type allows.</summary>
public sealed record CommentFormView(CommentForm Input, long? EditId, ModelStateDictionary ModelState, CommentPolicy Policy);
