using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Participation.Data;

namespace Ngp.Participation.Letters;

/// <summary>What a letter's code is worth now.</summary>
public enum LetterCodeStatus
{
    Unknown,
    Used,
    Expired,
    Valid,
}
