using Microsoft.AspNetCore.Http;

namespace Ngp.Core.Results;

/// <summary>The answer of a use-case handler: a value, or a French message with field errors.</summary>
public class Result
{
    protected Result(ResultStatus status, string? message, IReadOnlyDictionary<string, string[]>? errors)
    {
        Status = status;
        Message = message;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public ResultStatus Status { get; }

    public bool IsOk => Status == ResultStatus.Ok;

    /// <summary>French message for the user; null when the use case succeeded.</summary>
    public string? Message { get; }

    /// <summary>French messages per field (camelCase JSON names).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public static Result Success() => new(ResultStatus.Ok, null, null);

    public static Failure Invalid(string message, IReadOnlyDictionary<string, string[]>? errors = null) => new(ResultStatus.Invalid, message, errors);

    public static Failure Invalid(string message, string field, string fieldMessage) =>
        new(ResultStatus.Invalid, message, new Dictionary<string, string[]> { [field] = [fieldMessage] });

    public static Failure NotFound(string message) => new(ResultStatus.NotFound, message, null);

    public static Failure Forbidden(string message) => new(ResultStatus.Forbidden, message, null);

    public static Failure Conflict(string message, string? field = null) =>
        new(ResultStatus.Conflict, message, field is null ? null : new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>This refusal, for a handler that passes on the refusal of another it called.</summary>
    public Failure ToFailure() => IsOk ? throw new InvalidOperationException("A successful result is no failure.") : new(Status, Message, Errors);

    /// <summary>HTTP status of this outcome for the JSON API.</summary>
    public int HttpStatus => Status switch
    {
        ResultStatus.Ok => StatusCodes.Status200OK,
        ResultStatus.Invalid => StatusCodes.Status422UnprocessableEntity,
        ResultStatus.NotFound => StatusCodes.Status404NotFound,
        ResultStatus.Forbidden => StatusCodes.Status403Forbidden,
        ResultStatus.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>A failed outcome that converts to any <see cref="Result{T}"/>.</summary>
    public sealed class Failure : Result
    {
        internal Failure(ResultStatus status, string? message, IReadOnlyDictionary<string, string[]>? errors)
            : base(status, message, errors)
        {
        }
    }
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T value)
        : base(ResultStatus.Ok, null, null) => _value = value;

    private Result(Failure failure)
        : base(failure.Status, failure.Message, failure.Errors)
    {
    }

    public T Value => IsOk ? _value! : throw new InvalidOperationException("A failed result has no value: " + Message);

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Failure failure) => new(failure);
}
