namespace Samoocena.Silo; public static class Placeholder;
