using System.Net.Http.Json;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Study;

public sealed class StudyOpenApiTests
{
    [Fact]
    public async Task TheStudyEndpointsAreDocumentedUnderStudyAndSayThereIsNoSignIn()
    {
        await using var app = new TestApp();

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[] { ("/api/study/next", "get"), ("/api/study/reviews", "post"), ("/api/study/stats", "get"), ("/api/study/progress", "delete") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.Equal("Study", operation.GetProperty("tags")[0].GetString());
            Assert.Contains("no sign-in", operation.GetProperty("summary").GetString());
        }
    }
}
