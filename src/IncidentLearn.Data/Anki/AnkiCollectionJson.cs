using System.Text.Json.Nodes;
using IncidentLearn.Core.Anki;

namespace IncidentLearn.Data.Anki;

/// <summary>The JSON documents in the `col` row: collection conf, note types (models), decks and deck options.</summary>
internal static class AnkiCollectionJson
{
    public const long DefaultDeckId = 1;

    public static string Conf(long currentModelId) => new JsonObject
    {
        ["nextPos"] = 1,
        ["estTimes"] = true,
        ["activeDecks"] = new JsonArray(DefaultDeckId),
        ["sortType"] = "noteFld",
        ["timeLim"] = 0,
        ["sortBackwards"] = false,
        ["addToCur"] = true,
        ["curDeck"] = DefaultDeckId,
        ["newSpread"] = 0,
        ["dueCounts"] = true,
        ["curModel"] = currentModelId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["collapseTime"] = 1200,
    }.ToJsonString();

    public static string Models(IEnumerable<AnkiNoteType> types, long modSeconds)
    {
        var models = new JsonObject();
        foreach (var type in types)
        {
            var model = new JsonObject
            {
                ["id"] = type.Id,
                ["name"] = type.Name,
                ["type"] = type.IsCloze ? 1 : 0,
                ["mod"] = modSeconds,
                ["usn"] = -1,
                ["sortf"] = 0,
                ["did"] = DefaultDeckId,
                ["tmpls"] = new JsonArray(type.Templates.Select((t, i) => (JsonNode)new JsonObject
                {
                    ["name"] = t.Name,
                    ["ord"] = i,
                    ["qfmt"] = t.Front,
                    ["afmt"] = t.Back,
                    ["bqfmt"] = "",
                    ["bafmt"] = "",
                    ["did"] = null,
                    ["bfont"] = "",
                    ["bsize"] = 0,
                }).ToArray()),
                ["flds"] = new JsonArray(type.Fields.Select((f, i) => (JsonNode)new JsonObject
                {
                    ["name"] = f,
                    ["ord"] = i,
                    ["sticky"] = false,
                    ["rtl"] = false,
                    ["font"] = "Arial",
                    ["size"] = 20,
                    ["media"] = new JsonArray(),
                }).ToArray()),
                ["css"] = type.Css,
                ["latexPre"] = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
                ["latexPost"] = "\\end{document}",
                ["latexsvg"] = false,
                ["tags"] = new JsonArray(),
                ["vers"] = new JsonArray(),
            };
            // A standard type's only template needs its first field; cloze types have no "req".
            if (!type.IsCloze)
            {
                model["req"] = new JsonArray(new JsonArray(0, "any", new JsonArray(0)));
            }

            models[type.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = model;
        }

        return models.ToJsonString();
    }

    public static string Decks(IEnumerable<(long Id, string Name)> decks, long modSeconds)
    {
        var json = new JsonObject();
        foreach (var (id, name) in decks.Prepend((DefaultDeckId, "Default")))
        {
            json[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["mod"] = modSeconds,
                ["usn"] = -1,
                ["lrnToday"] = new JsonArray(0, 0),
                ["revToday"] = new JsonArray(0, 0),
                ["newToday"] = new JsonArray(0, 0),
                ["timeToday"] = new JsonArray(0, 0),
                ["collapsed"] = false,
                ["browserCollapsed"] = false,
                ["desc"] = "",
                ["dyn"] = 0,
                ["conf"] = 1,
                ["extendNew"] = 0,
                ["extendRev"] = 0,
            };
        }

        return json.ToJsonString();
    }

    public static string DeckConf() => new JsonObject
    {
        ["1"] = new JsonObject
        {
            ["id"] = 1,
            ["name"] = "Default",
            ["mod"] = 0,
            ["usn"] = 0,
            ["dyn"] = false,
            ["maxTaken"] = 60,
            ["timer"] = 0,
            ["autoplay"] = true,
            ["replayq"] = true,
            ["new"] = new JsonObject
            {
                ["perDay"] = 20,
                ["delays"] = new JsonArray(1, 10),
                ["separate"] = true,
                ["ints"] = new JsonArray(1, 4, 0),
                ["initialFactor"] = 2500,
                ["bury"] = false,
                ["order"] = 1,
            },
            ["rev"] = new JsonObject
            {
                ["perDay"] = 200,
                ["ease4"] = 1.3,
                ["maxIvl"] = 36500,
                ["ivlFct"] = 1,
                ["bury"] = false,
                ["hardFactor"] = 1.2,
            },
            ["lapse"] = new JsonObject
            {
                ["delays"] = new JsonArray(10),
                ["leechAction"] = 1,
                ["leechFails"] = 8,
                ["minInt"] = 1,
                ["mult"] = 0,
            },
        },
    }.ToJsonString();
}
