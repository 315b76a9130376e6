package se.sparbar;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, read from Spring MVC's own handler mappings (so that a new
 * controller method is found without anyone listing it), with the request parameters and form
 * fields each one binds. The tests that must cover every door (hostile input, permissions) start here.
 */
public final class Endpoints {

    /**
     * One mapped method and path.
     *
     * @param method  GET or POST
     * @param pattern the path pattern as mapped, e.g. {@code /motions/{id}}
     * @param params  mapping conditions such as {@code format=csv}
     * @param fields  the request parameters and form fields the handler binds (nested ones as {@code rows[0].seat}), with their types
     * @param files   multipart file parameters
     */
    public record Endpoint(String method, String pattern, Set<String> params, Map<String, Class<?>> fields, Set<String> files,
                           HandlerMethod handler) {

        /** How the matrix names it: {@code "GET /motions/{id}"}, with mapping conditions after a {@code ?}. */
        public String key() {
            return method + " " + pattern + (params.isEmpty() ? "" : "?" + String.join("&", params));
        }

        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            var matcher = java.util.regex.Pattern.compile("\\{([^}:]+)(:(?:[^{}]|\\{[^}]*})*)?}").matcher(pattern); // also "{id:\\d{1,18}}"
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path with each variable replaced by the value given for it. */
        public String path(java.util.function.Function<String, String> valueOf) {
            var matcher = java.util.regex.Pattern.compile("\\{([^}:]+)(:(?:[^{}]|\\{[^}]*})*)?}").matcher(pattern); // also "{id:\\d{1,18}}"
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(valueOf.apply(matcher.group(1))));
            }
            matcher.appendTail(path);
            return path.toString();
        }
    }

    private Endpoints() {
    }

    /** Every GET and POST mapped by the application's controllers (not Spring's own error controller). */
    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("se.sparbar") || isTestOnly(handler)) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> conditions = new TreeSet<>();
            info.getParamsCondition().getExpressions().forEach(e -> conditions.add(e.toString()));
            Map<String, Class<?>> fields = new LinkedHashMap<>();
            Set<String> files = new LinkedHashSet<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                collect(parameter, fields, files);
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        endpoints.add(new Endpoint(method.name(), pattern, conditions, fields, files, handler));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method).thenComparing(Endpoint::key));
        return endpoints;
    }

    /** Controllers the tests themselves add (they live in the test classes, not in the application). */
    private static boolean isTestOnly(HandlerMethod handler) {
        var source = handler.getBeanType().getProtectionDomain().getCodeSource();
        return source != null && source.getLocation() != null && source.getLocation().getPath().contains("test-classes");
    }

    private static void collect(MethodParameter parameter, Map<String, Class<?>> fields, Set<String> files) {
        Class<?> type = parameter.getParameterType();
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return;
        }
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            String name = !requestParam.name().isEmpty() ? requestParam.name()
                    : !requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName();
            if (MultipartFile.class.isAssignableFrom(type) || isFileList(parameter.getGenericParameterType())) {
                files.add(name);
            } else if (Collection.class.isAssignableFrom(type)) {
                Class<?> element = typeArgument(parameter.getGenericParameterType(), 0);
                fields.put(name, element == null ? String.class : element);
            } else if (!Map.class.isAssignableFrom(type)) {
                fields.put(name, type.isArray() ? type.getComponentType() : type);
            }
            return;
        }
        if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormObject(type)) {
            properties(type, "", fields, files, 0);
        }
    }

    private static boolean isFileList(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == MultipartFile.class;
    }

    private static boolean isFormObject(Class<?> type) {
        return !BeanUtils.isSimpleProperty(type) && type.getName().startsWith("se.sparbar") && !type.isEnum()
                && !type.isRecord() && BeanUtils.getPropertyDescriptors(type).length > 1;
    }

    private static void properties(Class<?> type, String prefix, Map<String, Class<?>> fields, Set<String> files, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            String name = prefix + property.getName();
            Class<?> propertyType = property.getPropertyType();
            Type generic = property.getWriteMethod().getGenericParameterTypes()[0];
            if (MultipartFile.class.isAssignableFrom(propertyType) || isFileList(generic)) {
                files.add(name);
            } else if (Collection.class.isAssignableFrom(propertyType)) {
                Class<?> element = typeArgument(generic, 0);
                if (element != null && isFormObject(element) && depth < 2) {
                    properties(element, name + "[0].", fields, files, depth + 1);
                } else {
                    fields.put(name, element == null ? String.class : element);
                }
            } else if (Map.class.isAssignableFrom(propertyType)) {
                Class<?> value = typeArgument(generic, 1);
                fields.put(name + "[1]", value == null ? String.class : value);
            } else if (isFormObject(propertyType) && depth < 2 && !Temporal.class.isAssignableFrom(propertyType)) {
                properties(propertyType, name + ".", fields, files, depth + 1);
            } else {
                fields.put(name, propertyType);
            }
        }
    }

    private static Class<?> typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
