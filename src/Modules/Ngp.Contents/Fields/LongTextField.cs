namespace Ngp.Contents.Fields;

public sealed class LongTextField() : TextFieldBase("LongText", "Texte long", 5_000, singleLine: false);
