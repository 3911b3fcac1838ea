using IncidentLearn.Core.Incidents;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IncidentLearn.Api.Infrastructure;

/// <summary>
/// Documents the incident body (JSON or canonical Markdown) in OpenAPI. Handlers read the body
/// themselves, and `.Accepts()` is avoided on purpose: its routing check answers 415 before the
/// handler can explain which content types are read.
/// </summary>
public static class IncidentBodyDocumentation
{
    private sealed class IncidentBodyMarker;

    public static RouteHandlerBuilder AcceptsIncidentBody(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IncidentBodyMarker());

    public static OpenApiOptions DocumentIncidentBodies(this OpenApiOptions options)
    {
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IncidentBodyMarker>().Any())
            {
                return;
            }

            var schema = await context.GetOrCreateSchemaAsync(typeof(IncidentRecord), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The incident as JSON, or as canonical Markdown (docs/canonical-markdown.md).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = schema },
                    ["text/markdown"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
        });
        return options;
    }
}
