using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

public sealed record FiledRequest(long Id, string Reference, RequestStatus Status);
