using Kierunek.Web;

var app = await WebSetup.BuildAsync(args);
app.Run();

/// <summary>The web application's entry point; public so integration tests can start it.</summary>
public partial class Program;
