using Kierunek.Domain.Monitoring;
using System.Text;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>Which source documents are taken: a known kind by its first bytes, within the size limit, under its own
/// name; each refusal names the file and what to do.</summary>
public class EvidenceTests
{
    private static byte[] Bytes(string s) => Encoding.ASCII.GetBytes(s);

    [Theory]
    [InlineData("sprawozdanie.pdf", "%PDF-1.4")]
    [InlineData("tabela.XLSX", "PK\u0003\u0004")]
    [InlineData("pismo.odt", "PK\u0003\u0004")]
    [InlineData("lista.csv", "imię;nazwisko\n")]
    public void A_known_kind_whose_contents_match_is_taken(string name, string head) =>
        Assert.True(Evidence.File(name, 1000, Bytes(head)).IsSuccess);

    [Theory]
    [InlineData("program.pdf", "MZ\u0090\u0000", "nie jest plikiem PDF")]
    [InlineData("tabela.xlsx", "%PDF-1.4", "nie jest plikiem Excel")]
    [InlineData("notatka.txt", "a\u0000b", "nie jest plikiem tekst")]
    [InlineData("strona.html", "<html>", "Dozwolone: PDF, DOCX, DOC, ODT, XLSX, XLS, ODS, JPG, JPEG, PNG, CSV, TXT.")]
    [InlineData("bez-rozszerzenia", "%PDF-", "ma rodzaj, którego nie przyjmujemy")]
    public void A_file_of_another_kind_than_its_name_says_or_an_unknown_kind_is_refused(string name, string head, string expected)
    {
        var error = Assert.Single(Evidence.File(name, 1000, Bytes(head)).Errors);
        Assert.Equal((MonitoringErrors.AttachmentCode, "plik"), (error.Code, error.Field));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_empty_file_and_one_over_the_limit_are_refused_with_the_limit_named()
    {
        Assert.Contains("jest pusty", Evidence.File("a.pdf", 0, []).Errors[0].Message);
        var big = Evidence.File("skan.pdf", Evidence.MaxBytes + 1, Bytes("%PDF-")).Errors[0].Message;
        Assert.Contains("„skan.pdf” ma 10 MB, a można dołączyć najwyżej 10 MB", big);
        Assert.Contains("najwyżej 200 znaków", Evidence.File(new string('a', 201) + ".pdf", 10, Bytes("%PDF-")).Errors[0].Message);
    }

    [Fact]
    public void The_name_is_the_files_own_without_the_folder_a_browser_sent() =>
        Assert.Equal("lista.pdf", Evidence.Path(@"C:\Users\anna\Pulpit\lista.pdf"));

    [Fact]
    public void Only_the_institution_and_the_reviewers_take_part_and_nobody_adds_to_a_locked_period()
    {
        var mopr = new Actor("mopr", "mopr", Reviews: false);
        Assert.Null(Evidence.MayAdd(mopr, "mopr", PeriodState.Open));
        Assert.Equal(MonitoringErrors.OtherInstitutionCode, Evidence.MayTake(mopr, "mup")?.Code);
        Assert.Null(Evidence.MayTake(new Actor("koordynator", null, Reviews: true), "mup"));
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Evidence.MayAdd(mopr, "mopr", PeriodState.Locked)?.Code);
        Assert.Equal(MonitoringErrors.MessageEmptyCode, Evidence.Message(" \n ").Errors[0].Code);
        Assert.Equal("tekst", Evidence.Message("  tekst \n").Value);
    }
}
