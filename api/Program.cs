using Samoocena.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSamoocena();
var app = builder.Build();
app.UseSamoocena();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
