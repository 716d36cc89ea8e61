using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Samoocena.Silo.Grains.DataProtection;

namespace Samoocena.Api.Security;

/// <summary>
/// Data Protection keys kept in the database through <see cref="IDataProtectionKeysGrain"/>, so every node of the
/// cluster protects and unprotects cookies with the same key ring. The interface is synchronous; it is called
/// rarely (key ring load and rotation), so the grain call is awaited in place.
/// </summary>
public sealed class GrainXmlRepository(IGrainFactory grains) : IXmlRepository
{
    private IDataProtectionKeysGrain Keys => grains.GetGrain<IDataProtectionKeysGrain>("all");

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Keys.GetAllAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        Keys.StoreAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}
