using Ngp.Contents.Items;
using Ngp.Contents.ShortLinks;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Print.Pdf;
using Ngp.Users.Leases;

namespace Ngp.Print.Posters;

/// <summary>The PDF of a poster: its file name and bytes.</summary>
public sealed record PosterFile(string FileName, byte[] Content);
