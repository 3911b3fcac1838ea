using IncidentLearn.Api.Cards;
using IncidentLearn.Api.Exports;
using IncidentLearn.Api.Incidents;
using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Api.Reading;
using IncidentLearn.Api.Stories;
using IncidentLearn.Api.Study;
using IncidentLearn.Api.Timelines;
using IncidentLearn.Core;
using IncidentLearn.Data;
using IncidentLearn.Data.Exports;
using IncidentLearn.Data.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddIncidentLearnData(builder.Configuration);
builder.Services.AddSingleton(RequestLimits.From(builder.Configuration));
builder.Services.AddSingleton<IncidentRequestReader>();
builder.Services.AddSingleton(_ => new LearningServices(builder.Configuration["Templates:Path"], builder.Configuration["Questions:Path"]));
builder.Services.AddScoped<StoredIncidentExporter>();
builder.Services.AddStudy();
builder.Services.AddIncidentJson();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.DocumentIncidentBodies());
builder.Services.AddHealthChecks().AddDbContextCheck<IncidentLearnDbContext>("store");

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapIncidents();
app.MapReading();
app.MapTimelines();
app.MapStories();
app.MapCards();
app.MapExports();
app.MapStudy();

await app.PrepareStoreAsync();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
