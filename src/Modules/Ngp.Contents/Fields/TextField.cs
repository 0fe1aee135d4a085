namespace Ngp.Contents.Fields;

public sealed class TextField() : TextFieldBase("Text", "Texte court", 200, singleLine: true);
