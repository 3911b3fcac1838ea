using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Incidents;

public sealed class IncidentLimitTests
{
    [Fact]
    public async Task ABodyOverTheConfiguredLimitIs413NamingTheLimitAndNothingIsStored()
    {
        await using var app = new TestApp(maxBodyBytes: 4096);
        var client = app.CreateClient();
        var huge = $$"""{ "title": "Too big", "summary": "{{new string('x', 5000)}}" }""";

        var response = await client.PostAsync("/api/incidents", new StringContent(huge, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4,096 bytes", problem.GetProperty("detail").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents", TestContext.Current.CancellationToken);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }
}
