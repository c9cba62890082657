using Kierunek.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddKierunek();
var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseKierunek();
app.Run();

/// <summary>The web application's entry point; public so integration tests can start it.</summary>
public partial class Program;
