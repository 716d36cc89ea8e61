using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Hosting;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Auth.IssueToken;

public sealed record Response(string AccessToken, int ExpiresIn, string TokenType, string Role, string? Teryt);
