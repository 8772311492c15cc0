package io.iocr.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;

import io.iocr.alfresco.fakes.FakeIocrClient;
import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.RepositoryState;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;

/**
 * The module's Spring XML, read as the repository reads it (module-context.xml and its imports), checked against
 * our classes: every property it sets has a setter, every bean it references exists here or in ACS, every
 * placeholder has a module default, and every web script bean has its descriptor.
 */
class SpringContextTest {

    /** Beans ACS defines that the module's XML refers to. */
    private static final Set<String> PLATFORM_BEANS = Set.of("NodeService", "ContentService", "ActionService",
            "SearchService", "NamespaceService", "DictionaryService", "PermissionService", "AuthorityService",
            "TransactionService", "JobLockService", "policyComponent", "policyBehaviourFilter", "global-properties",
            "schedulerFactory", "dictionaryModelBootstrap", "dictionaryBootstrap", "webscript", "action-executer",
            "action-constraint");
    /** repository.properties keys the module's XML uses. */
    private static final Set<String> PLATFORM_PROPERTIES = Set.of("system.cronJob.startDelayMilliseconds");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)}");

    private static DefaultListableBeanFactory factory;
    private static Properties defaults;

    @BeforeAll
    static void read() throws IOException {
        factory = new DefaultListableBeanFactory();
        new XmlBeanDefinitionReader(factory).loadBeanDefinitions(
                new ClassPathResource("alfresco/module/iocr-platform/module-context.xml"));
        defaults = RecogniseActionExecuterTest.properties("alfresco/module/iocr-platform/alfresco-global.properties");
    }

    private static boolean defined(String bean) {
        return factory.containsBeanDefinition(bean) || PLATFORM_BEANS.contains(bean);
    }

    @Test
    void everyPropertyHasASetterAndEveryReferenceAndPlaceholderResolves() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            if (definition.getParentName() != null && !defined(definition.getParentName())) {
                problems.add(name + ": unknown parent " + definition.getParentName());
            }
            for (String dependency : definition.getDependsOn() == null ? new String[0] : definition.getDependsOn()) {
                if (!defined(dependency)) {
                    problems.add(name + ": depends on unknown " + dependency);
                }
            }
            String className = definition.getBeanClassName();
            Class<?> type = className != null && className.startsWith("io.iocr.") ? Class.forName(className) : null;
            for (PropertyValue property : definition.getPropertyValues().getPropertyValues()) {
                if (type != null) {
                    PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(type, property.getName());
                    if (descriptor == null || descriptor.getWriteMethod() == null) {
                        problems.add(name + ": " + className + " has no setter for " + property.getName());
                    }
                }
                check(name, property.getValue(), problems);
            }
            definition.getConstructorArgumentValues().getGenericArgumentValues()
                    .forEach(argument -> check(name, argument.getValue(), problems));
            definition.getConstructorArgumentValues().getIndexedArgumentValues().values()
                    .forEach(argument -> check(name, argument.getValue(), problems));
        }
        assertThat(problems).isEmpty();
    }

    private static void check(String bean, Object value, List<String> problems) {
        if (value instanceof RuntimeBeanReference reference && !defined(reference.getBeanName())) {
            problems.add(bean + ": refers to unknown bean " + reference.getBeanName());
        } else if (value instanceof TypedStringValue text && text.getValue() != null) {
            Matcher matcher = PLACEHOLDER.matcher(text.getValue());
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!defaults.containsKey(key) && !PLATFORM_PROPERTIES.contains(key)) {
                    problems.add(bean + ": placeholder ${" + key + "} has no default in alfresco-global.properties");
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> check(bean, item, problems));
        }
    }

    @Test
    void everyWebScriptBeanHasItsDescriptorAndItsJavaClass() {
        List<String> webScripts = new ArrayList<>();
        for (String name : factory.getBeanDefinitionNames()) {
            if (!name.startsWith("webscript.")) {
                continue;
            }
            webScripts.add(name);
            String[] parts = name.substring("webscript.".length()).split("\\.");
            String folder = String.join("/", List.of(parts).subList(0, parts.length - 2));
            String descriptor = "alfresco/extension/templates/webscripts/" + folder + "/" + parts[parts.length - 2]
                    + "." + parts[parts.length - 1] + ".desc.xml";
            assertThat(new ClassPathResource(descriptor).exists()).as(descriptor).isTrue();
            assertThat(factory.getBeanDefinition(name).getParentName()).isEqualTo("webscript");
        }
        assertThat(webScripts).containsExactlyInAnyOrder("webscript.io.iocr.recognition.get",
                "webscript.io.iocr.recognition-rerun.post", "webscript.io.iocr.admin.status.get");
    }

    @Test
    void theActionLabelsRegisterBeforeTheExecuterInitialises() {
        assertThat(factory.getBeanDefinition("iocr-recognise").getDependsOn())
                .contains("iocr.actionResourceBundles");
        assertThat(factory.getBeanDefinition(TemplateSignConstraint.NAME).getDependsOn())
                .contains("iocr.actionResourceBundles");
    }

    @Test
    @SuppressWarnings("deprecation") // PropertyPlaceholderConfigurer: the placeholder resolver spring-beans has
    void theModuleBeansInstantiateOverThePlatformServices() throws IOException {
        try (HarnessRepository repo = HarnessRepository.startWithoutJob(new RepositoryState(),
                new HarnessRepository.Config(new FakeIocrClient(s -> null),
                        new MappingFileResultMapper(MappingCatalog.shipped()), PipelineSettings.ofDefaults(),
                        Duration.ofHours(1), 1))) {
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            Properties global = new Properties();
            global.putAll(defaults);
            global.setProperty("system.cronJob.startDelayMilliseconds", "60000");
            Map<String, Object> platform = new LinkedHashMap<>();
            platform.put("NodeService", repo.nodeService);
            platform.put("ContentService", repo.contentService);
            platform.put("ActionService", repo.actionService);
            platform.put("SearchService", repo.searchService);
            platform.put("NamespaceService", repo.namespaceService);
            platform.put("DictionaryService", repo.dictionaryService);
            platform.put("PermissionService", repo.permissionService);
            platform.put("AuthorityService", repo.authorityService);
            platform.put("TransactionService", repo.transactions.transactionService());
            platform.put("JobLockService", repo.jobLocks.jobLockService());
            platform.put("policyComponent", repo.policyComponent);
            platform.put("policyBehaviourFilter", repo.behaviourFilter);
            platform.put("global-properties", global);
            platform.forEach(beans::registerSingleton);
            for (String parent : List.of("action-executer", "action-constraint", "webscript")) {
                GenericBeanDefinition abstractParent = new GenericBeanDefinition();
                abstractParent.setAbstract(true);
                beans.registerBeanDefinition(parent, abstractParent);
            }
            new XmlBeanDefinitionReader(beans).loadBeanDefinitions(
                    new ClassPathResource("alfresco/module/iocr-platform/module-context.xml"));
            // Beans of ACS classes (Quartz scheduling, bundle and model registration) are ACS's to run.
            for (String name : beans.getBeanDefinitionNames()) {
                String className = beans.getBeanDefinition(name).getBeanClassName();
                if (className != null && !className.startsWith("io.iocr.") || name.endsWith("dictionaryBootstrap")) {
                    beans.removeBeanDefinition(name);
                }
            }
            beans.registerSingleton("iocr.actionResourceBundles", new Object());
            org.springframework.beans.factory.config.PropertyPlaceholderConfigurer placeholders =
                    new org.springframework.beans.factory.config.PropertyPlaceholderConfigurer();
            placeholders.setProperties(global);
            placeholders.postProcessBeanFactory(beans);

            beans.preInstantiateSingletons();

            assertThat(beans.getBean("iocr.recognitionPump", RecognitionPump.class).monitor()).isNotNull();
            assertThat(beans.getBean(RecogniseActionExecuter.NAME)).isInstanceOf(RecogniseActionExecuter.class);
            assertThat(beans.getBean(TemplateSignConstraint.NAME, TemplateSignConstraint.class)
                    .getAllowableValues()).hasSize(25);
            assertThat(beans.getBean("iocr.client")).isInstanceOf(io.iocr.client.HttpIocrClient.class);
            assertThat(beans.getBean("iocr.pipelineSettings")).isEqualTo(PipelineSettings.ofDefaults());
            assertThat(beans.getBean("webscript.io.iocr.recognition.get")).isInstanceOf(RecognitionGetWebScript.class);
            beans.destroySingletons();
        }
    }
}
