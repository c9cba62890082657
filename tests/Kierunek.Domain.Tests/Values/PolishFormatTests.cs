using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Values;

public class PolishFormatTests
{
    [Theory]
    [InlineData(2026, 11, 23, "23 listopada 2026 r.")]
    [InlineData(2020, 1, 1, "1 stycznia 2020 r.")]
    [InlineData(2021, 9, 30, "30 września 2021 r.")]
    [InlineData(2016, 10, 5, "5 października 2016 r.")]
    public void A_date_reads_as_offices_write_it_with_the_month_in_the_genitive(int year, int month, int day, string expected) =>
        Assert.Equal(expected, PolishFormat.Date(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("1234567.89", "1\u00A0234\u00A0567,89\u00A0zł")]
    [InlineData("0", "0,00\u00A0zł")]
    public void Money_has_grouped_thousands_a_decimal_comma_and_zl(string amount, string expected) =>
        Assert.Equal(expected, PolishFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_percentage_has_one_decimal_by_default() => Assert.Equal("83,2%", PolishFormat.Percent(83.2m));

    [Theory]
    [InlineData(312L * 1024, "312 kB")]
    [InlineData(1258291L, "1,2 MB")]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(512L * 1024 * 1024, "512 MB")]
    public void A_file_size_has_one_decimal_only_where_the_megabytes_are_not_whole(long bytes, string expected) =>
        Assert.Equal(expected, PolishFormat.FileSize(bytes).Replace('\u00A0', ' '));
}
