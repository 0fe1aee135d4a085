using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.Notifications.Sending;

/// <summary>Who an unsubscribe link is for: an account, or a bare address.</summary>
public sealed record UnsubscribeTarget(string? UserId, string? Email, string Nonce);
